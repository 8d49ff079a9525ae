/** The command line's Blob: the same bytes as Node's, from many pieces at once. */
import { installJoinedBlob, joinPieces } from '../../src/cli/joined-blob';

describe('joinPieces', () => {
  it('joins strings, buffers and views in order', () => {
    const view = new Uint8Array([0, 104, 105, 0]).subarray(1, 3);
    const joined = joinPieces(['é-', new Uint8Array([65]).buffer, view, '\n']);
    expect(new TextDecoder().decode(joined)).toBe('é-Ahi\n');
  });

  it('leaves pieces that are Blobs to Node', () => {
    expect(joinPieces(['a', new Blob(['b'])])).toBeUndefined();
  });
});

describe('installJoinedBlob', () => {
  const NodeBlob = globalThis.Blob;
  afterEach(() => {
    globalThis.Blob = NodeBlob;
  });

  it('gives the same content and type as Node’s Blob, and is still a Blob', async () => {
    const pieces: BlobPart[] = [];
    for (let i = 0; i < 500; i++) pieces.push(new TextEncoder().encode(`line ${i}`), '\n');
    const expected = await new NodeBlob(pieces).arrayBuffer();
    installJoinedBlob();
    installJoinedBlob();
    const blob = new Blob(pieces, { type: 'application/octet-stream' });
    expect(blob).toBeInstanceOf(NodeBlob);
    expect(blob.type).toBe('application/octet-stream');
    expect(Buffer.from(await blob.arrayBuffer()).equals(Buffer.from(expected))).toBe(true);
    expect(await new Blob(['a', new NodeBlob(['b'])]).text()).toBe('ab');
  });
});
