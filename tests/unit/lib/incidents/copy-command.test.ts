import { describe, expect, it } from 'vitest';
import { commandText } from '../../../../src/lib/incidents/copy-command.ts';

describe('commandText', () => {
  it('copies a block with no prompts whole, without its trailing newline', () => {
    expect(commandText('kubectl get pods\nkubectl logs web\n')).toBe('kubectl get pods\nkubectl logs web');
  });

  it('leaves out the $ prompt and the output lines', () => {
    const block = ['$ kubectl get pods', 'NAME      READY   STATUS', 'web-1     1/1     Running', '$ kubectl logs web-1', 'Started'].join('\n');
    expect(commandText(block)).toBe('kubectl get pods\nkubectl logs web-1');
  });

  it('keeps the lines that continue a command, and only those', () => {
    const block = ['$ az sql db restore \\', '    --name funding \\', '    --time 2026-01-01T00:00', 'Restoring...', '  done'].join('\n');
    expect(commandText(block)).toBe('az sql db restore \\\n    --name funding \\\n    --time 2026-01-01T00:00');
  });

  it('leaves a $ that is not a prompt alone', () => {
    expect(commandText('echo $HOME\n$PATH')).toBe('echo $HOME\n$PATH');
    expect(commandText('$ echo "cost: $ 5"\ncost: $ 5')).toBe('echo "cost: $ 5"');
  });
});
