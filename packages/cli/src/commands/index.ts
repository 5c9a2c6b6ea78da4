/** Every command of `briefing`, in the order the help lists them. */
import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { moneyCommand } from './money.js';
import { parseCommand } from './parse.js';
import { ratesCommand } from './rates.js';
import { renderCommand } from './render.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

export const COMMANDS: readonly Command[] = [
  parseCommand,
  validateCommand,
  schemaCommand,
  moneyCommand,
  checkCommand,
  renderCommand,
  exportCommand,
  ratesCommand,
];
