// "Sources": the dataset's citation, licence and notes, one click from the header. Text only.
import { useI18n } from '@/i18n/i18n-context';
import { useAppStore } from '@/state/store';
import { ModalDialog } from '@/ui/modal-dialog';

export function SourcesDialog(): React.JSX.Element {
  const { t } = useI18n();
  const open = useAppStore((s) => s.sourcesOpen);
  const setOpen = useAppStore((s) => s.setSourcesOpen);
  const meta = useAppStore((s) => s.table?.meta);
  return (
    <ModalDialog
      open={open}
      title={t('sources.title')}
      closeLabel={t('sources.close')}
      onClose={() => setOpen(false)}
      testId="sources-dialog"
    >
      {meta && (
        <dl>
          <dt>{t('header.dataset')}</dt>
          <dd>{meta.title}</dd>
          <dt>{t('sources.source')}</dt>
          <dd>{meta.source}</dd>
          {meta.sourceUrl !== '' && <dd>{meta.sourceUrl}</dd>}
          {meta.licence !== '' && <dt>{t('sources.licence')}</dt>}
          {meta.licence !== '' && <dd>{meta.licence}</dd>}
          {meta.extracted !== '' && <dt>{t('sources.extracted')}</dt>}
          {meta.extracted !== '' && <dd>{meta.extracted}</dd>}
          {meta.notes !== '' && <dt>{t('sources.notes')}</dt>}
          {meta.notes !== '' && <dd>{meta.notes}</dd>}
        </dl>
      )}
      {meta?.illustrative === true && (
        <p>
          <strong>{t('header.illustrative')}.</strong> {t('header.illustrativeNote')} {t('sources.demoDoc')}
        </p>
      )}
    </ModalDialog>
  );
}
