import { neutraliseCell } from './spreadsheet-cell';

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.test","x")', `'=HYPERLINK("http://evil.test","x")`],
    ['+1', `'+1`],
    ['-1', `'-1`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
  ])('prefixes %j with a quote', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each([['Jan Kowalski'], ['Łódź ąęłńóśźż'], ['Київ'], [''], ['1+1'], ['a=b'], ["'quoted"], [' =x']])('keeps %j as it is', (input) => {
    expect(neutraliseCell(input)).toBe(input);
  });
});
