import { randomUUID } from 'node:crypto';

/** A workflow command with no properties, such as `::error::message`; the message is escaped. */
export function workflowCommand(command: string, message: string): string {
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return `::${command}::${data}\n`;
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
