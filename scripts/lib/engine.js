// The harness lives in ./engine/ (one file per concern, see engine/index.js); typed by engine.d.ts.
module.exports = require('./engine/index');
