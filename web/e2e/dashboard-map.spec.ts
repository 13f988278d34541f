import { expect, test } from '@playwright/test';
import { USERS } from './env';
import { signIn } from './session';

/**
 * The dashboard's map on a laptop (1366×768), as the province admin: Kalimantan Barat's 14 regencies are drawn and
 * listed, a click on one opens that regency's dashboard with its districts on the map, and a district's villages
 * without an outline (three in Sekadau Hilir) are listed under its map instead of dropped.
 */
test.use({ viewport: { width: 1366, height: 768 } });

test('the province admin opens a regency from the map, down to a district whose new villages have no outline', async ({ page }) => {
  await signIn(page, USERS.admin);
  const map = page.getByTestId('choropleth');
  await expect(map.locator('svg path').first()).toBeVisible();
  await expect(page.getByTestId('map-legend').getByRole('button')).toHaveCount(14);
  await page.screenshot({ path: 'test-results/dashboard-map-province.png', fullPage: true });

  // The middle of Kalimantan Barat is land (Sanggau, Sekadau or Sintang): the tooltip names the regency under it.
  await map.scrollIntoViewIfNeeded();
  const box = (await map.boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(middle.x, middle.y);
  const name = (await page.locator('.tip-title').textContent())!;
  expect(name).toMatch(/^Kabupaten /);

  await page.mouse.click(middle.x, middle.y);
  await expect(page).toHaveURL(/\/\?region=61\.\d\d$/);
  await expect(page.getByText(`Wilayah: ${name}`)).toBeVisible();
  await expect(map.locator('svg path').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kembali ke Kalimantan Barat' })).toBeVisible();

  await page.goto('/?region=61.09.01');
  await expect(page.getByText('Wilayah: Sekadau Hilir')).toBeVisible();
  await expect(map.locator('svg path').first()).toBeVisible();
  await expect(page.getByTestId('without-outline')).toHaveText(
    'Tanpa batas wilayah: Sempulau Indah, Tigur Jaya, Beringkai Raya',
  );
  await page.screenshot({ path: 'test-results/dashboard-map-district.png', fullPage: true });
});
