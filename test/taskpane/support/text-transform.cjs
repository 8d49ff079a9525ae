// Jest transform: a text file (`.eml`) becomes a module whose export is its
// contents, like webpack's `asset/source` in the real build.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};
