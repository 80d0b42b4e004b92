import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Small process helpers shared by the test, demo and bench scripts.

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A locally installed CLI, without npx's start-up cost. */
export const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);

/** Runs a command with inherited output; resolves to its exit code (never rejects on failure). */
export function run(command, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...opts });
    child.on('error', (error) => {
      console.error(`Не удалось запустить ${command}: ${error.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export const hasCommand = (name) =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/** Prints a visible stage header. */
export function stage(title) {
  console.log(`\n\x1b[1m── ${title} ──\x1b[0m`);
}
