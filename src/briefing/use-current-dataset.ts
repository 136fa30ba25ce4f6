// The fingerprint and title of the data on screen, for binding and checking briefings.
import { useEffect, useState } from 'react';
import type { BriefingDataset } from '@/domain/briefing';
import { useAppStore } from '@/state/store';
import { fingerprintOf } from './dataset-fingerprint';

export interface CurrentDataset {
  /** undefined while computing; null where it cannot be computed (no Web Crypto, or no data). */
  readonly fingerprint: string | null | undefined;
  /** The dataset to record in a briefing, once the fingerprint is known. */
  readonly dataset: BriefingDataset | null;
}

export function useCurrentDataset(): CurrentDataset {
  const table = useAppStore((s) => s.table);
  const [known, setKnown] = useState<{ table: unknown; fingerprint: string | null } | null>(null);
  useEffect(() => {
    if (table === null) return;
    let live = true;
    void fingerprintOf(table).then((fingerprint) => {
      if (live) setKnown({ table, fingerprint });
    });
    return () => {
      live = false;
    };
  }, [table]);
  if (table === null) return { fingerprint: null, dataset: null };
  const fingerprint = known?.table === table ? known.fingerprint : undefined;
  return {
    fingerprint,
    dataset: typeof fingerprint === 'string' ? { fingerprint, title: table.meta.title } : null,
  };
}
