// Whether the demo briefing fits the data on screen, known while the briefing dialog is open: the demo
// briefing is offered over the demo data only.
import { useEffect, useState } from 'react';
import { briefingDataStatus, type BriefingDataStatus } from './briefing-data-status';
import { loadDemoBriefing } from './load-demo-briefing';

/** `fingerprint`: of the data on screen (undefined while computing). 'pending' until both are known. */
export function useDemoBriefingStatus(
  open: boolean,
  fingerprint: string | null | undefined,
): BriefingDataStatus {
  const [status, setStatus] = useState<BriefingDataStatus>('pending');
  useEffect(() => {
    if (!open || fingerprint === undefined) return;
    let live = true;
    void loadDemoBriefing().then((result) => {
      if (live) setStatus(result.ok ? briefingDataStatus(result.briefing, fingerprint) : 'pending');
    });
    return () => {
      live = false;
    };
  }, [open, fingerprint]);
  return fingerprint === undefined ? 'pending' : status;
}
