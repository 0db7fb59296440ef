import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, useDesk } from './fixtures.js';

// Before the shoot, from the jobs screen: a job made from the school's Excel list, previewed before
// anything is written; the corrected list sent again; the list with its codes exported.
test.describe('the names list of a job', () => {
  const desk = useDesk();

  test('creates a job from an Excel list after a preview, updates it from a corrected CSV, and exports it', async () => {
    const page = desk.page;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('1A');
    sheet.addRow(['Vorname', 'Nachname', 'Klasse', 'E-Mail']);
    sheet.addRow(['Ağça', 'Öztürk', '1A', 'agca@example.org']);
    sheet.addRow(['Jürgen', 'Müller', '1A', 'kein Eintrag']);
    sheet.addRow(['Zoë', 'Łukasz', '1A', null]);
    const xlsx = join(desk.work, 'klasse-1a.xlsx');
    writeFileSync(xlsx, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.getByRole('button', { name: 'New job from a names list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New job from a names list' });
    await dialog.getByLabel('Job name').fill('Spring 2026');
    await dialog.getByLabel('Names list file').fill(xlsx);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('status')).toHaveText('3 rows for pupils: 3 would be added, 0 would be changed, 0 unchanged.');
    await expect(preview.getByRole('table', { name: 'Problems' }).getByRole('row').nth(1)).toHaveText('3"kein Eintrag" is not an email address; the row is kept without it');
    // Nothing is written before Import: not even the job.
    expect(await desk.core.handlers['jobs.list']({})).toEqual([]);
    await preview.getByRole('button', { name: 'Import' }).click();
    // The new job's dialog now: its list can be exported from here.
    const created = page.getByRole('dialog', { name: 'Names list of Spring 2026' });
    await expect(created.getByRole('status')).toHaveText('Imported into “Spring 2026”: 3 added, 0 changed, 0 unchanged.');
    await created.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('row', { name: /Spring 2026/ }).getByRole('cell').nth(1)).toHaveText('3');

    const codes = new Map((await desk.core.handlers['subjects.list']({ job: 'Spring 2026' })).map((s) => [s.lastName, s.code]));
    const corrected = join(desk.work, 'corrected.csv');
    writeFileSync(corrected, `First Name;Last Name;Class;Access Code\nAğça;Öztürk;1B;${codes.get('Öztürk') ?? ''}\nJürgen;Müller;1A;${codes.get('Müller') ?? ''}\n`);
    await page.getByRole('button', { name: 'Names list of Spring 2026' }).click();
    const again = page.getByRole('dialog', { name: 'Names list of Spring 2026' });
    await again.getByLabel('Names list file').fill(corrected);
    await again.getByRole('button', { name: 'Preview' }).click();
    const second = again.getByRole('region', { name: 'Preview' });
    await expect(second.getByRole('status')).toHaveText('2 rows for pupils: 0 would be added, 1 would be changed, 1 unchanged.');
    await expect(second.getByRole('listitem')).toHaveText([`Zoë Łukasz (1A) · ${codes.get('Łukasz') ?? ''}`]);
    await second.getByRole('button', { name: 'Import' }).click();
    await expect(again.getByRole('status')).toHaveText('Imported into “Spring 2026”: 0 added, 1 changed, 1 unchanged.');
    expect((await desk.core.handlers['subjects.list']({ job: 'Spring 2026' })).map((s) => `${s.firstName} ${s.group}`)).toEqual(['Ağça 1B', 'Jürgen 1A', 'Zoë 1A']);

    const out = join(desk.work, 'codes.xlsx');
    await again.getByLabel('Export to').fill(out);
    await again.getByRole('button', { name: 'Export' }).click();
    await expect(again.getByRole('status')).toHaveText(`3 pupils written: ${out}`);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.readFile(out);
    // By class, then last name (Ł sorts with L): each with the code it had.
    const rows = [2, 3, 4].map((row) => [exported.worksheets[0]?.getRow(row).getCell(2).value, exported.worksheets[0]?.getRow(row).getCell(5).value]);
    expect(rows).toEqual(['Łukasz', 'Müller', 'Öztürk'].map((last) => [last, codes.get(last)]));
  });
});
