import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../support/run-cli.js';
import { expect, test, useDesk } from './fixtures.js';

const JOB = 'Hillside 2026';

// A school's list whose column titles Shootdesk does not know, mapped by hand in the import wizard;
// then the job's pupils as a table: found as they are typed, accents or not, and corrected in place.
test.describe('the names table of a job', () => {
  const desk = useDesk();

  test('imports a list with unknown column titles through the column mapping, which the job keeps', async () => {
    const page = desk.page;
    const list = join(desk.work, 'odd-titles.csv');
    writeFileSync(list, 'Given;Family;Form;Parent contact;Pupil no.\nZoë;Łukasz;2B;zoe@example.org;P1\nJürgen;Müller;1A;;P2\nBen;Ott;1A;ben@example.org;P3\n');

    await page.getByRole('button', { name: 'New job from a names list…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New job from a names list' });
    await dialog.getByLabel('Job name').fill(JOB);
    await dialog.getByLabel('Names list file').fill(list);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('status')).toHaveText('0 rows for pupils: 0 would be added, 0 would be changed, 0 unchanged.');
    await expect(preview.getByRole('table', { name: 'Problems' })).toContainText('no first or last name column in the header (found: Given, Family, Form, Parent contact, Pupil no.)');
    await expect(preview.getByRole('button', { name: 'Import' })).toBeDisabled();
    // The title it knew is read already; the others are the file's columns to choose from.
    await expect(preview.getByLabel('Column for Class')).toHaveValue('Form');
    await expect(preview.getByLabel('Column for First name').getByRole('option')).toHaveText(['— none —', 'Given', 'Family', 'Form', 'Parent contact', 'Pupil no.']);

    await preview.getByLabel('Column for First name').selectOption('Given');
    await expect(preview.getByRole('status')).toHaveText('3 rows for pupils: 3 would be added, 0 would be changed, 0 unchanged.');
    await preview.getByLabel('Column for Last name').selectOption('Family');
    await preview.getByLabel('Column for Email').selectOption('Parent contact');
    await preview.getByLabel('Column for Pupil ID').selectOption('Pupil no.');
    await expect(preview.getByLabel('Column for Pupil ID')).toHaveValue('Pupil no.');
    await expect(preview.getByRole('table', { name: 'Problems' })).toHaveCount(0);
    expect(await desk.core.handlers['jobs.list']({})).toEqual([]);
    await preview.getByRole('button', { name: 'Import' }).click();

    const names = page.getByRole('dialog', { name: `Names list of ${JOB}` });
    await expect(names.getByRole('status')).toHaveText(`Imported into “${JOB}”: 3 added, 0 changed, 0 unchanged.`);
    const details = await desk.core.handlers['subjects.details']({ job: JOB });
    expect(details.map((s) => [s.firstName, s.lastName, s.group, s.email, s.externalId])).toEqual([
      ['Zoë', 'Łukasz', '2B', 'zoe@example.org', 'P1'],
      ['Jürgen', 'Müller', '1A', null, 'P2'],
      ['Ben', 'Ott', '1A', 'ben@example.org', 'P3'],
    ]);

    // The same school's next list: the wizard starts from the job's mapping.
    await names.getByLabel('Names list file').fill(list);
    await names.getByRole('button', { name: 'Preview' }).click();
    const again = names.getByRole('region', { name: 'Preview' });
    await expect(again.getByRole('status')).toHaveText('3 rows for pupils: 0 would be added, 0 would be changed, 3 unchanged.');
    await again.getByRole('button', { name: 'Choose columns…' }).click();
    await expect(again.getByLabel('Column for First name')).toHaveValue('Given');
    await expect(again.getByLabel('Column for Email')).toHaveValue('Parent contact');
  });

  test('finds pupils by name, class or code as they are typed, with or without accents', async () => {
    const names = desk.page.getByRole('dialog', { name: `Names list of ${JOB}` });
    const grid = names.getByRole('grid', { name: `Names of ${JOB}` });
    const pupils = grid.getByRole('row').filter({ has: desk.page.getByRole('gridcell') });
    // School order: by class, then last name.
    await expect(pupils).toHaveCount(3);
    await expect(pupils.nth(0)).toHaveAccessibleName(/^Jürgen Müller /);
    await expect(pupils.nth(2)).toHaveAccessibleName(/^Zoë Łukasz /);
    const search = names.getByLabel('Search names');
    for (const [typed, found] of [
      ['Zoe', ['Zoë Łukasz']],
      ['zoë', ['Zoë Łukasz']],
      ['lukasz', ['Zoë Łukasz']],
      ['jurgen', ['Jürgen Müller']],
      ['MÜLLER', ['Jürgen Müller']],
      ['1a', ['Jürgen Müller', 'Ben Ott']],
    ] as const) {
      await search.fill(typed);
      await expect(pupils, typed).toHaveCount(found.length);
      for (const [i, name] of found.entries()) await expect(pupils.nth(i)).toHaveAccessibleName(new RegExp(`^${name} `));
    }
    const { code } = (await desk.core.handlers['subjects.details']({ job: JOB })).find((s) => s.lastName === 'Ott') ?? { code: '' };
    await search.fill(code.toLowerCase());
    await expect(pupils).toHaveCount(1);
    await expect(pupils.first()).toHaveAccessibleName(`Ben Ott ${code}`);
    await search.fill('');
    await names.getByLabel('Filter by class').selectOption('2B');
    await expect(pupils).toHaveCount(1);
    await names.getByLabel('Filter by class').selectOption('');
    await expect(pupils).toHaveCount(3);
  });

  test('edits a cell in place: Enter saves, Escape cancels, Tab edits the next cell, a bad email is refused with its message', async () => {
    const page = desk.page;
    const names = page.getByRole('dialog', { name: `Names list of ${JOB}` });
    const grid = names.getByRole('grid', { name: `Names of ${JOB}` });
    const row = (name: RegExp) => grid.getByRole('row', { name });
    const cell = (name: RegExp, column: number) => row(name).getByRole('gridcell').nth(column);

    await cell(/^Ben Ott/, 0).dblclick();
    const first = names.getByLabel('First name of Ben Ott');
    await expect(first).toHaveValue('Ben');
    await first.fill('Benjamin');
    await first.press('Enter');
    await expect(cell(/^Benjamin Ott/, 0)).toHaveText('Benjamin');
    await expect.poll(async () => (await desk.core.handlers['subjects.details']({ job: JOB })).find((s) => s.lastName === 'Ott')?.firstName).toBe('Benjamin');

    // Enter on the active cell edits it; Escape puts back what was there.
    await cell(/^Benjamin Ott/, 1).click();
    await page.keyboard.press('Enter');
    const last = names.getByLabel('Last name of Benjamin Ott');
    await last.fill('Xyz');
    await last.press('Escape');
    await expect(last).toHaveCount(0);
    await expect(cell(/^Benjamin Ott/, 1)).toHaveText('Ott');

    // Tab saves and moves on to the next cell that can be typed in.
    await cell(/^Benjamin Ott/, 2).dblclick();
    await names.getByLabel('Class of Benjamin Ott').fill('1B');
    await names.getByLabel('Class of Benjamin Ott').press('Tab');
    const grade = names.getByLabel('Grade of Benjamin Ott');
    await expect(grade).toBeFocused();
    await grade.fill('1');
    await grade.press('Tab');
    // The code is passed over: it changes only through a re-key.
    await expect(names.getByLabel('Email of Benjamin Ott')).toBeFocused();
    await names.getByLabel('Email of Benjamin Ott').press('Escape');
    await expect(cell(/^Benjamin Ott/, 2)).toHaveText('1B');
    await expect(cell(/^Benjamin Ott/, 3)).toHaveText('1');

    await cell(/^Jürgen Müller/, 5).dblclick();
    const email = names.getByLabel('Email of Jürgen Müller');
    await email.fill('kein Eintrag');
    await email.press('Enter');
    await expect(names.getByRole('alert')).toHaveText('"kein Eintrag" is not an email address');
    await expect(email).toHaveValue('kein Eintrag');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    expect((await desk.core.handlers['subjects.details']({ job: JOB })).find((s) => s.lastName === 'Müller')?.email).toBeNull();
    await email.fill('juergen@example.org');
    await email.press('Enter');
    await expect(cell(/^Jürgen Müller/, 5)).toHaveText('juergen@example.org');

    // An empty name is refused the same way, and the name stays.
    await cell(/^Jürgen Müller/, 1).dblclick();
    await names.getByLabel('Last name of Jürgen Müller').fill('  ');
    await names.getByLabel('Last name of Jürgen Müller').press('Enter');
    await expect(names.getByRole('alert')).toHaveText('the last name cannot be empty');
    await names.getByLabel('Last name of Jürgen Müller').press('Escape');
    await expect(cell(/^Jürgen Müller/, 1)).toHaveText('Müller');
  });

  test('keeps the changes: after a reload, and in the list the command line exports', async () => {
    const page = desk.page;
    await page.reload();
    await page.getByRole('button', { name: `Names list of ${JOB}` }).click();
    const grid = page.getByRole('dialog', { name: `Names list of ${JOB}` }).getByRole('grid', { name: `Names of ${JOB}` });
    await expect(grid.getByRole('row', { name: /^Benjamin Ott/ }).getByRole('gridcell').nth(2)).toHaveText('1B');

    const out = join(desk.work, 'export.csv');
    const run = await runCli(['names', 'export', '--db', join(desk.work, 'bridge.sqlite'), '--job', JOB, '--out', out], join(desk.work, 'cli-user-data'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const exported = readFileSync(out, 'utf8');
    expect(exported).toMatch(/Benjamin,Ott,1B,1,/);
    expect(exported).toMatch(/Jürgen,Müller,1A,.*juergen@example\.org/);
  });

  test('stays quick with a school of 5,000: only the rows in sight exist, and a search answers as it is typed', async () => {
    const page = desk.page;
    const rows = Array.from({ length: 5000 }, (_, i) => `Pupil${i},Family${i % 397},${(i % 12) + 1}${'ABCD'[i % 4] ?? ''}`);
    const big = join(desk.work, 'school.csv');
    writeFileSync(big, `First Name,Last Name,Class\nRenée,Weiß,7C\n${rows.join('\n')}\n`);
    await desk.core.handlers['names.import']({ job: 'Big school', file: big, dryRun: false });
    await page.reload();
    await page.getByRole('button', { name: 'Names list of Big school' }).click();
    const names = page.getByRole('dialog', { name: 'Names list of Big school' });
    const grid = names.getByRole('grid', { name: 'Names of Big school' });
    await expect(names.getByText('5001 of 5001 pupils')).toBeVisible();
    expect(await grid.getByRole('row').count()).toBeLessThan(80);

    const started = Date.now();
    await names.getByLabel('Search names').pressSequentially('renee weiss');
    await expect(grid.getByRole('row', { name: /^Renée Weiß / })).toBeVisible();
    await expect(names.getByText('1 of 5001 pupils')).toBeVisible();
    const typed = Date.now() - started;
    test.info().annotations.push({ type: 'search of 5,001 pupils, 11 keystrokes', description: `${typed} ms` });
    expect(typed).toBeLessThan(3000);

    // The last row is made when it comes into sight, and the first ones are gone by then.
    await names.getByLabel('Search names').fill('');
    await grid.hover();
    await page.mouse.wheel(0, 5001 * 40);
    await expect(grid.locator('[role="row"][aria-rowindex="5002"]')).toBeAttached();
    await expect(grid.locator('[role="row"][aria-rowindex="2"]')).toHaveCount(0);
  });
});
