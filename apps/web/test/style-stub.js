// A stylesheet imported by a component, as jest sees it: nothing (see jest.config.js).
module.exports = {};
