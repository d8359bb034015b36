// A Better BibTeX export as a writer keeps it next to the draft, and a CSL-JSON one from Zotero.
export const ZOTERO_BIB = `@article{kim2024shoigu,
  title = {Shoigu Visits {Pyongyang} Again},
  author = {Kim, Tong-Hyung},
  journaltitle = {The Associated Press},
  date = {2024-09-13},
}
`;

export const ZOTERO_CSL = JSON.stringify([
  {
    id: 'lee2023summit',
    type: 'article-newspaper',
    title: 'Putin and Kim meet at Vostochny',
    author: [{ family: 'Lee', given: 'Hyung-Jin' }],
    'container-title': 'Reuters',
    issued: { 'date-parts': [[2023, 9, 13]] },
  },
]);
