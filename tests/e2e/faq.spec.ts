/**
 * The careers FAQ's structured data (FAQPage JSON-LD) says what the page says: built from the
 * rendered answers, without citation marks or the glossary's hidden popovers.
 */
import { test, expect } from './fixtures';

interface FaqData {
  mainEntity: { name: string; acceptedAnswer: { text: string } }[];
}

test('the FAQ structured data holds the questions and answers as a reader sees them', async ({ page }) => {
  await page.goto('/careers/faq/');
  const json = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(json ?? '{}') as FaqData;
  expect(data.mainEntity.length).toBeGreaterThanOrEqual(10);
  for (const { name, acceptedAnswer } of data.mainEntity) {
    expect(acceptedAnswer.text, name).not.toContain('Full entry in the glossary');
    // The answer's first words, as the reader sees them below the question (citations aside).
    const visible = await page.getByRole('heading', { level: 2, name, exact: true }).evaluate((heading) => {
      const paragraph = (heading.closest('.heading-wrap') ?? heading).nextElementSibling;
      const copy = paragraph?.cloneNode(true) as HTMLElement | undefined;
      copy?.querySelectorAll('.cite, .term-tip, .visually-hidden').forEach((e) => e.remove());
      return (copy?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .replace(/ ([.,;:])/g, '$1')
        .trim();
    });
    expect(acceptedAnswer.text.slice(0, 60), name).toBe(visible.slice(0, 60));
  }
});
