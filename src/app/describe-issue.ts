// Turns load-report issues into translated, located lines of text.
import type { LoadIssue } from '@/data/load-report';
import type { IssueLine } from '@/ui/issue-list';
import type { MessageKey } from '@/i18n/messages-en';
import type { Translate } from '@/i18n/translate';
import { messagesEn } from '@/i18n/messages-en';

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messagesEn, key);
}

/** "Feature 12 (id ev-1), field date: date 2013-02-30 does not exist in the calendar". */
export function describeIssue(issue: LoadIssue<string>, t: Translate): IssueLine {
  const key = `issue.${issue.code}`;
  const message = isMessageKey(key) ? t(key, { value: issue.value }) : issue.code;
  const parts = [issue.index >= 0 ? t('report.feature', { index: String(issue.index) }) : ''];
  if (issue.id !== '') parts.push(`(id ${issue.id})`);
  parts.push(`${issue.field}:`);
  return {
    key: `${issue.index}-${issue.code}-${issue.field}`,
    where: parts.filter(Boolean).join(' '),
    message,
  };
}
