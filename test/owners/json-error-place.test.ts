/** The line and column an admin is sent to when owners.json is not JSON. */
import { firstJsonErrorOffset, placeOf } from '../../src/owners/json-error-place';

const placeIn = (text: string): { line: number; column: number } | undefined => {
  const offset = firstJsonErrorOffset(text);
  return offset === undefined ? undefined : placeOf(text, offset);
};

describe('firstJsonErrorOffset', () => {
  it('finds nothing wrong in JSON that JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' 1 ', '"a\\u00e9\\n"', '{"a":[1,-2.5e3,true,false,null,{"b":"c"}],"d":{}}', '\n[ [ ] , { "x" : [ ] } ]\n']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(firstJsonErrorOffset(text)).toBeUndefined();
    }
  });

  it('points at the first character that breaks it, the way an editor counts', () => {
    expect(placeIn('{\n  "version": 1,\n  "groups": [,]\n}')).toEqual({ line: 3, column: 14 });
    expect(placeIn('{\n  "version": 1,\n}')).toEqual({ line: 3, column: 1 });
    expect(placeIn('{"name": \'Sales\'}')).toEqual({ line: 1, column: 10 });
    expect(placeIn('{"a": 1 "b": 2}')).toEqual({ line: 1, column: 9 });
    expect(placeIn('{"a": [1, 2}')).toEqual({ line: 1, column: 12 });
    expect(placeIn('{"a": "line\nbreak"}')).toEqual({ line: 1, column: 12 });
    expect(placeIn('{"a": 1}\n{"b": 2}')).toEqual({ line: 2, column: 1 });
    expect(placeIn('{"a": 01}')).toEqual({ line: 1, column: 8 });
    expect(placeIn('{"a": 1')).toEqual({ line: 1, column: 8 });
    expect(placeIn('')).toEqual({ line: 1, column: 1 });
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(placeIn(`${'['.repeat(200000)}x`)).toEqual({ line: 1, column: 200001 });
  });
});
