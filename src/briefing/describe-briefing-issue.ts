// Briefing file problems as translated, located lines of text (rendered as text by ui/issue-list).
import type { BriefingError, BriefingIssue } from '@/data/parse-briefing';
import { messagesEn, type MessageKey } from '@/i18n/messages-en';
import type { Translate } from '@/i18n/translate';
import type { IssueLine } from '@/ui/issue-list';

function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(messagesEn, key);
}

/** "Step 3: view parameter t=2012 will be ignored: not in the expected form". Steps count from 1. */
export function describeBriefingIssue(issue: BriefingIssue, index: number, t: Translate): IssueLine {
  const reasonKey = `url.reason.${issue.reason}`;
  const reason = isMessageKey(reasonKey) ? t(reasonKey) : issue.reason;
  return {
    key: `${index}`,
    where:
      issue.step < 0
        ? t('briefing.where.file')
        : t('briefing.where.step', { number: String(issue.step + 1) }),
    message: t(`briefing.issue.${issue.code}`, { field: issue.field, value: issue.value, reason }),
  };
}

export function describeBriefingError(error: BriefingError, t: Translate): string {
  return t(`briefing.error.${error.code}`, { value: error.value });
}
