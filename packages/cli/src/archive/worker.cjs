'use strict';
// The worker file piscina loads for `briefing parse` over many pages. piscina loads it with
// require(), and on Node >= 20.19 a require() of an ES module cut short (a worker terminated
// while its module graph loads) can abort the whole process ("IsGraphAsync must be used on an
// instantiated module"). This CommonJS file keeps require() away from the ES module graph: the
// task (parse-task.js) loads through import(), once per worker, which a termination ends cleanly.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

let task;
module.exports = async function parsePage(page) {
  task ??= import(pathToFileURL(join(__dirname, 'parse-task.js')).href);
  return (await task).default(page);
};
