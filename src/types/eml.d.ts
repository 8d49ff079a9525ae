/**
 * Sample bounces are bundled as text: webpack's `asset/source` turns an `.eml`
 * import into the file's contents (and Jest does the same with a transform).
 */
declare module '*.eml' {
  const content: string;
  export default content;
}
