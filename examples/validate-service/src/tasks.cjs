'use strict';
// The worker file piscina loads. piscina loads it with require() first, and on Node >= 20.19 a
// require() of an ES module that is cut short (a worker terminated while its module graph
// loads, as the time budget does) can abort the whole process ("IsGraphAsync must be used on
// an instantiated module"). This CommonJS file keeps require() away from the ES module graph:
// the tasks (tasks.mjs) load through import(), once per worker, which a termination ends cleanly.
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

let tasks;
module.exports = async function handle(task) {
  tasks ??= import(pathToFileURL(join(__dirname, 'tasks.mjs')).href);
  return (await tasks).default(task);
};
