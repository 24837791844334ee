import { randomUUID } from 'node:crypto';
import { escapeCommandData } from '../run/index.js';

/** A workflow command with no properties, such as `::error::message`; the message is escaped (as `--format github` escapes it). */
export function workflowCommand(command: string, message: string): string {
  return `::${command}::${escapeCommandData(message)}\n`;
}

/**
 * Wraps text taken from manifests so that the runner reads none of its lines as a workflow
 * command (`::stop-commands::<token>` … `::<token>::`), inside a foldable log group.
 */
export function inertGroup(title: string, text: string): string {
  const token = randomUUID().replace(/-/g, '');
  const body = text.endsWith('\n') || text === '' ? text : `${text}\n`;
  return `${workflowCommand('group', title)}::stop-commands::${token}\n${body}::${token}::\n::endgroup::\n`;
}
