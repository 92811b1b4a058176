import type { Command } from '../command.js';
import { callCommand } from './call.js';
import { initCommand } from './init.js';
import { methodsCommand } from './methods.js';
import { passwdCommand } from './passwd.js';
import { unlockCommand } from './unlock.js';

/** Every subcommand, in the order `casefile --help` lists them. A new command is a module plus a line here. */
export const COMMANDS: readonly Command[] = [initCommand, unlockCommand, passwdCommand, methodsCommand, callCommand];
