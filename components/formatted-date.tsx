import type { ReactElement } from 'react';
import { formatDate } from '@/lib/site/format-date';

export function FormattedDate({ date }: { date: string }): ReactElement {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
