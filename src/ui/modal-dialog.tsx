// An accessible modal dialog on the native <dialog> element (focus trap and Escape come from the browser).
import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly testId: string;
}

export function ModalDialog({
  open,
  title,
  closeLabel,
  onClose,
  children,
  testId,
}: ModalDialogProps): React.JSX.Element {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose} data-testid={testId}>
      <h2>{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
    </dialog>
  );
}
