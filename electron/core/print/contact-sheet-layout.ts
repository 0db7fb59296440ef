import type { Paper } from '../../../shared/domain.js';
import { pageSize, PT_PER_MM, type Rect } from '../../../shared/print/card-sheet.js';

/** Pupils on a page: a strip each of about 3 cm, tall enough for a QR code a phone reads at arm's length. */
export const ROWS_PER_PAGE = 8;
const MARGIN_MM = 12;
/** The group's name and the page count above the strips. */
const HEADER_MM = 18;

export interface ContactSheet {
  width: number;
  height: number;
  header: Rect;
  /** One pupil each, top to bottom; they touch, so one straight cut separates two parents' strips. */
  rows: Rect[];
}

/** One page of a contact sheet: the header, then the strips filling the rest inside the margin. */
export function contactSheet(paper: Paper): ContactSheet {
  const { width, height } = pageSize(paper);
  const margin = MARGIN_MM * PT_PER_MM;
  const header = { x: margin, y: margin, width: width - 2 * margin, height: HEADER_MM * PT_PER_MM };
  const top = header.y + header.height;
  const rowHeight = (height - margin - top) / ROWS_PER_PAGE;
  const rows = Array.from({ length: ROWS_PER_PAGE }, (_, i) => ({ x: margin, y: top + i * rowHeight, width: header.width, height: rowHeight }));
  return { width, height, header, rows };
}

export interface GroupPage<T> {
  group: string;
  members: T[];
  /** This page's number among its group's pages, from 1. */
  page: number;
  pages: number;
}

/**
 * The groups' members, `perPage` to a page, each group starting on a page of its own: the school
 * hands each teacher her class's pages, and a page shared with the next class would go to one of them.
 */
export function pagesByGroup<T>(groups: readonly { group: string; members: readonly T[] }[], perPage: number): GroupPage<T>[] {
  return groups.flatMap(({ group, members }) => {
    const pages = Math.ceil(members.length / perPage);
    return Array.from({ length: pages }, (_, i) => ({ group, members: members.slice(i * perPage, (i + 1) * perPage), page: i + 1, pages }));
  });
}

/** Subjects in the order given, gathered by group: each group where its first member came. */
export function gatherGroups<T extends { group: string }>(subjects: readonly T[]): { group: string; members: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const subject of subjects) {
    const members = groups.get(subject.group);
    if (members) members.push(subject);
    else groups.set(subject.group, [subject]);
  }
  return [...groups].map(([group, members]) => ({ group, members }));
}
