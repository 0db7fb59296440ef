/** Dark modules as one filled path, row runs merged: no seams between touching modules when printed. */
export function drawQr(doc: PDFKit.PDFDocument, modules: readonly boolean[][], x: number, y: number, size: number): void {
  modules.forEach((row, r) => {
    let start = -1;
    row.forEach((dark, c) => {
      if (dark && start < 0) start = c;
      if (start >= 0 && (!dark || c === row.length - 1)) {
        const end = dark ? c + 1 : c;
        doc.rect(x + start * size, y + r * size, (end - start) * size, size);
        start = -1;
      }
    });
  });
  doc.fillColor('black').fill();
}
