import { useId, type ReactElement, type ReactNode } from 'react';
import { AlertIcon, InfoIcon, LightbulbIcon, MessageIcon, StopIcon } from './icons';

export type CalloutType = 'note' | 'tip' | 'important' | 'warning' | 'caution';

export const calloutVariants: Record<CalloutType, { label: string; Icon: () => ReactElement }> = {
  note: { label: 'Note', Icon: InfoIcon },
  tip: { label: 'Tip', Icon: LightbulbIcon },
  important: { label: 'Important', Icon: MessageIcon },
  warning: { label: 'Warning', Icon: AlertIcon },
  caution: { label: 'Caution', Icon: StopIcon },
};

export interface CalloutProps {
  type?: string;
  /** Replaces the variant's label ("Note") as the heading of the box. */
  title?: string;
  children?: ReactNode;
}

/**
 * A highlighted aside, labelled by its visible title for screen readers.
 *
 * Markdown: `> [!TIP]` then `> text` lines. MDX: `<Callout type="warning" title="Mind the cycles">…</Callout>`.
 */
export function Callout({ type = 'note', title, children }: CalloutProps): ReactElement {
  const variantType: CalloutType = type in calloutVariants ? (type as CalloutType) : 'note';
  const { label, Icon } = calloutVariants[variantType];
  const titleId = useId();
  return (
    <div className={`callout callout-${variantType}`} role="note" aria-labelledby={titleId}>
      <p className="callout-title" id={titleId}>
        <Icon />
        <span>{title ?? label}</span>
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
