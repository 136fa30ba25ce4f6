// Reading a briefing file with the link parser as the check of each step's view: the file boundary
// (data/parse-briefing.ts) cannot import state/, so the check is passed in here.
import {
  parseBriefingBytes,
  parseBriefingText,
  type BriefingParseResult,
  type ViewNotice,
} from '@/data/parse-briefing';
import { parseUrlState } from '@/state/url-state';

const checkView = (view: string): readonly ViewNotice[] => parseUrlState(view).notices;

export function readBriefingText(text: string): BriefingParseResult {
  return parseBriefingText(text, { checkView });
}

export function readBriefingBytes(bytes: Uint8Array): BriefingParseResult {
  return parseBriefingBytes(bytes, { checkView });
}
