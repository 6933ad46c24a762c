import { ALERT_TYPES } from './remark-github-alerts';
import { YOUTUBE_ID_PATTERN } from './youtube';

type AttributeCheck = (value: string) => string | null;

const oneOf = (values: readonly string[]): AttributeCheck => (value) =>
  values.includes(value) ? null : `must be one of ${values.join(', ')}`;
const anyText: AttributeCheck = () => null;

/**
 * The only elements an `.mdx` entry may use, and the only (string-valued) attributes each takes.
 * Everything else — `<script>`, `<iframe>`, `<form>`, event handlers, `style` — fails the content
 * check, because next-mdx-remote renders raw JSX elements as-is even with JavaScript blocked.
 */
export const MDX_ALLOWLIST: Record<string, Record<string, AttributeCheck>> = {
  Callout: { type: oneOf(ALERT_TYPES), title: anyText },
  VideoCard: {
    id: (value) => (YOUTUBE_ID_PATTERN.test(value) ? null : 'must be an 11-character YouTube video id'),
    title: anyText,
    start: (value) => (/^\d{1,6}$/.test(value) ? null : 'must be a whole number of seconds'),
  },
  details: {},
  summary: {},
  kbd: {},
  sub: {},
  sup: {},
  br: {},
  abbr: { title: anyText },
};

export const REQUIRED_ATTRIBUTES: Record<string, string[]> = { VideoCard: ['id'] };
