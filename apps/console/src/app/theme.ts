import type { ThemeConfig } from 'antd';

/**
 * The console's colours (and the observer app's): secondary texts darker than Ant Design's defaults, for
 * 4.5:1 contrast on grey backgrounds (WCAG AA).
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    // Links (e.g. a table's first column) in a blue dark enough for 4.5:1 on white and on a hovered row.
    colorLink: '#0958d9',
    // Errors, overdue days and conflicts in a red with 5.5:1 on white (Ant Design's default is 3.3:1).
    colorError: '#cf1322',
    borderRadius: 4,
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};
