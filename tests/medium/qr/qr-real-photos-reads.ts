/**
 * What detectQr reads on the 145 real photos of ../shared/data/qr-photos (measured by
 * `node --import tsx tests/bench/qr-bench.ts`): a photo that drops out of these lists is a
 * regression, named.
 */

/** Photos whose trusted payload (ZXing's reference or a jsQR snapshot) is read: 115 of 145. */
export const READ_CORRECTLY = [
  '0', '1', '10', '104', '11', '116', '12', '128', '136', '137', '138', '139', '14', '140', '141', '142', '144',
  '145', '146', '147', '148', '149', '150', '151', '152', '153', '156', '157', '158', '159', '160', '161', '162',
  '163', '164', '166', '167', '168', '169', '170', '172', '173', '174', '175', '177', '178', '179', '180', '181',
  '182', '184', '185', '186', '3', '34', '35', '4', '47', '5', '59', '6', '7', '75', '8', '83', '84', '89', '9',
  '91', '92', '97', '99', 'angel-hotel', 'battery', 'bike-1', 'bike-2', 'bus-stop-1', 'bus-stop-2', 'bus-stop-3',
  'business-card-1', 'business-card-3', 'cache-flyer', 'cgi', 'chevy-ad', 'cupcake-1', 'cupcake-2', 'cupcake-3',
  'cupcake-4', 'hk-ikea', 'hudson-highlands-state-park', 'issue-32-regression', 'issue-34-regression', 'issue-59',
  'issue-61', 'kanji', 'museum-1', 'paper-flyer', 'pepsi-bottle', 'ring', 'schiller-denkmal', 'sd-card-1',
  'sd-card-2', 'square-des-fusilles', 'stickerbook-1', 'stickerbook-2', 'stickerbook-3', 'stickerbook-4',
  'stickerbook-5', 'tattoo-scan', 'trackable-book-3', 'trackable-book-5', 'trackable-book-6', 'tree-1', 'tree-2',
  'weekend-tirana-2016-agenda',
];

/**
 * Symbols that ZXing located and no decoder read, read by a retry on an enlarged crop (each by the
 * `scaled` view). Only pepsi-bottle has a trusted payload; the others' payloads are plausible URLs
 * that nobody has confirmed, kept here so that a change in them shows.
 */
export const READ_BY_RETRY: Record<string, string[]> = {
  'japanese-jean-ad': [
    'http://bwstore.shop-pro.jp/?mode=cate&cbid=140045&csid=0 \n\nMEBKM:TITLE:ＳＥＡＳＯＮ;URL:http\\://bwstore.shop-pro.jp/?mode=cate&cbid=140045&csid=0;;',
  ],
  'museum-2': ['http://bit.ly/eNxF4E?r=qr'],
  'pepsi-bottle': ['http://wap.pepsi.co.uk/r5'],
  'trackable-book-2': ['http://if.gs/1LXF1AI'],
};
