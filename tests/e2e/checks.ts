/** Checks several end-to-end tests make, written once. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

function summarize(violations: { id: string; help: string; nodes: { target: unknown }[] }[]): string[] {
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => JSON.stringify(n.target))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/** The page does not scroll sideways at its current viewport. */
export async function expectNoHorizontalOverflow(page: Page, label = 'horizontal overflow'): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, label).toBeLessThanOrEqual(0);
}

/** The widths every page must fit without scrolling sideways: a small phone and a common one. */
export const PHONE_WIDTHS = [320, 360] as const;

/** The page does not scroll sideways at any of the phone widths (it is resized to each, then to 360 px). */
export async function expectFitsPhoneWidths(page: Page): Promise<void> {
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await expectNoHorizontalOverflow(page, `horizontal overflow at ${width} px`);
  }
}

/** No axe violation (WCAG 2.2 A/AA and best practices) in the light theme or the dark one. */
export async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(summarize(violations), `axe in ${scheme} theme`).toEqual([]);
  }
}
