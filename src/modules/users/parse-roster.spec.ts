import { parseRoster, RosterFormatError } from './parse-roster';

/** Joins lines into a file; every line ends with `eol`, as spreadsheet exports do. */
const csv = (lines: string[], eol = '\n') => lines.map((l) => l + eol).join('');

/** The rows without their line numbers, for comparing contents. */
const contents = (text: string) => parseRoster(text).rows.map(({ line: _line, ...row }) => row);

describe('parseRoster', () => {
  describe('delimiters and encodings', () => {
    it('reads a semicolon-separated file (Excel in a Polish locale)', () => {
      const result = parseRoster(
        csv(['email;fullName;unitCode;role', 'anna.nowak@policja.example;Anna Nowak;KP1;officer', 'jan.kowalski@policja.example;Jan Kowalski;KP2;trainer']),
      );
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([
        { line: 2, email: 'anna.nowak@policja.example', fullName: 'Anna Nowak', unitCode: 'KP1', role: 'officer' },
        { line: 3, email: 'jan.kowalski@policja.example', fullName: 'Jan Kowalski', unitCode: 'KP2', role: 'trainer' },
      ]);
    });

    it('reads a comma-separated file', () => {
      const result = parseRoster(csv(['email,fullName,unitCode,role', 'anna.nowak@policja.example,Anna Nowak,KP1,officer']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 2, email: 'anna.nowak@policja.example', fullName: 'Anna Nowak', unitCode: 'KP1', role: 'officer' }]);
    });

    it('takes the delimiter from the header even when the data holds more of the other one', () => {
      // Header says ";"; the names are full of commas. A "," parse would split them.
      const result = parseRoster(csv(['email;fullName', 'a@x.example;Nowak, Anna, z d. Kowalska']));
      expect(result.errors).toEqual([]);
      expect(result.rows[0].fullName).toBe('Nowak, Anna, z d. Kowalska');
    });

    it('ignores a UTF-8 byte order mark before the header', () => {
      const result = parseRoster('\uFEFF' + csv(['email;fullName', 'a@x.example;Łukasz Żółć']));
      expect(result.errors).toEqual([]);
      // Without stripping, the first column would be "\uFEFFemail" and not be recognised.
      expect(result.rows).toEqual([{ line: 2, email: 'a@x.example', fullName: 'Łukasz Żółć', unitCode: '', role: '' }]);
    });

    it('ignores a BOM before a quoted header (as some exports write it)', () => {
      const result = parseRoster('\uFEFF' + csv(['"email";"fullName"', '"a@x.example";"Anna Nowak"']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 2, email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: '' }]);
    });

    it('ignores a BOM in a comma-separated file too', () => {
      expect(contents('\uFEFF' + csv(['email,fullName', 'a@x.example,Anna Nowak']))).toEqual([
        { email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: '' },
      ]);
    });

    it('reads CRLF line endings without leaving carriage returns in the values', () => {
      const result = parseRoster(csv(['email;fullName;unitCode;role', 'a@x.example;Anna Nowak;KP1;officer', 'b@x.example;Jan Kowalski;KP2;trainer'], '\r\n'));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([
        { line: 2, email: 'a@x.example', fullName: 'Anna Nowak', unitCode: 'KP1', role: 'officer' },
        { line: 3, email: 'b@x.example', fullName: 'Jan Kowalski', unitCode: 'KP2', role: 'trainer' },
      ]);
    });

    it('reads the last row when the file does not end with a newline', () => {
      expect(contents('email;fullName\na@x.example;Anna Nowak')).toEqual([{ email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: '' }]);
    });
  });

  describe('header', () => {
    it('accepts column names in any letter case and in any order', () => {
      const result = parseRoster(csv(['ROLE;UnitCode;FULLNAME;Email', 'trainer;KP1;Anna Nowak;a@x.example']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 2, email: 'a@x.example', fullName: 'Anna Nowak', unitCode: 'KP1', role: 'trainer' }]);
    });

    it('accepts full_name and unit_code', () => {
      expect(contents(csv(['Email;Full_Name;UNIT_CODE', 'a@x.example;Anna Nowak;KP1']))).toEqual([
        { email: 'a@x.example', fullName: 'Anna Nowak', unitCode: 'KP1', role: '' },
      ]);
    });

    it('leaves unitCode and role empty when their columns are absent', () => {
      const result = parseRoster(csv(['email;fullName', 'a@x.example;Anna Nowak']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 2, email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: '' }]);
    });

    it('ignores unknown columns', () => {
      expect(contents(csv(['email;phone;fullName', 'a@x.example;+48 12 000 00 00;Anna Nowak']))).toEqual([
        { email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: '' },
      ]);
    });

    it.each([
      ['email', csv(['fullName;unitCode', 'Anna Nowak;KP1'])],
      ['fullName', csv(['email;unitCode', 'a@x.example;KP1'])],
      ['fullName', csv(['email;name', 'a@x.example;Anna Nowak'])],
    ])('rejects a header without the required column %s', (column, text) => {
      expect(() => parseRoster(text)).toThrow(RosterFormatError);
      expect(() => parseRoster(text)).toThrow(`"${column}"`);
    });

    it('treats a file without any header keyword as a format error, not as data', () => {
      expect(() => parseRoster(csv(['a@x.example;Anna Nowak']))).toThrow(RosterFormatError);
    });

    it('finds the delimiter on the header even after blank lines at the top', () => {
      const result = parseRoster(csv(['', '', 'email;fullName', 'a@x.example;Anna Nowak']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 4, email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: '' }]);
    });
  });

  describe('empty input', () => {
    it.each([
      ['an empty string', ''],
      ['only a BOM', '\uFEFF'],
      ['only blank lines', '\n\r\n\n'],
    ])('rejects %s as an empty file', (_name, text) => {
      expect(() => parseRoster(text)).toThrow(RosterFormatError);
      expect(() => parseRoster(text)).toThrow('empty');
    });

    it('accepts a header without rows as a roster of nobody', () => {
      expect(parseRoster(csv(['email;fullName;unitCode;role']))).toEqual({ rows: [], errors: [] });
    });
  });

  describe('quoting and letters', () => {
    it('keeps the delimiter inside a quoted field (semicolon file)', () => {
      const result = parseRoster(csv(['email;fullName;unitCode', 'a@x.example;"Nowak; Anna";"KP;1"']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 2, email: 'a@x.example', fullName: 'Nowak; Anna', unitCode: 'KP;1', role: '' }]);
    });

    it('keeps the delimiter inside a quoted field (comma file)', () => {
      const result = parseRoster(csv(['email,fullName', '"a@x.example","Żółć, Łukasz"']));
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([{ line: 2, email: 'a@x.example', fullName: 'Żółć, Łukasz', unitCode: '', role: '' }]);
    });

    it('unescapes doubled quotes inside a quoted field', () => {
      expect(contents(csv(['email;fullName', 'a@x.example;"Anna ""Ania"" Nowak"']))[0].fullName).toBe('Anna "Ania" Nowak');
    });

    it('keeps Polish and Ukrainian letters intact', () => {
      const result = parseRoster(
        '\uFEFF' + csv(['email;fullName;unitCode', 'l.zolc@x.example;"Łukasz Żółć";KP-Śródmieście', 'o.melnyk@x.example;"Оксана Мельник";МОПС-Ї']),
      );
      expect(result.errors).toEqual([]);
      expect(result.rows.map((r) => [r.fullName, r.unitCode])).toEqual([
        ['Łukasz Żółć', 'KP-Śródmieście'],
        ['Оксана Мельник', 'МОПС-Ї'],
      ]);
    });

    it('trims the spaces around values', () => {
      expect(contents(csv(['email ; fullName ; role', '  a@x.example ;  Anna Nowak  ; officer ']))).toEqual([
        { email: 'a@x.example', fullName: 'Anna Nowak', unitCode: '', role: 'officer' },
      ]);
    });

    it('reports malformed quoting as a format error', () => {
      expect(() => parseRoster(csv(['email;fullName', 'a@x.example;"Anna Nowak', 'b@x.example;Jan Kowalski']))).toThrow(RosterFormatError);
    });
  });

  describe('field counts and line numbers', () => {
    it('reports rows with too many or too few fields by their 1-based line, counting the header and blank lines', () => {
      const text = csv([
        'email;fullName;unitCode', // line 1
        'a@x.example;Anna Nowak;KP1', // line 2
        '', // line 3, blank
        'b@x.example;Jan Kowalski;KP1;officer', // line 4, one field too many
        'c@x.example;Ewa Wiśniewska', // line 5, one field too few
        'd@x.example;Oksana Melnyk;KP2', // line 6
      ]);
      const result = parseRoster(text);
      expect(result.errors).toEqual([
        { line: 4, reason: 'expected 3 fields, found 4' },
        { line: 5, reason: 'expected 3 fields, found 2' },
      ]);
      expect(result.rows.map((r) => [r.line, r.email])).toEqual([
        [2, 'a@x.example'],
        [6, 'd@x.example'],
      ]);
    });

    it('numbers lines the same way with CRLF endings', () => {
      const text = csv(['email;fullName', '', 'a@x.example;Anna Nowak;extra', 'b@x.example;Jan Kowalski'], '\r\n');
      const result = parseRoster(text);
      expect(result.errors).toEqual([{ line: 3, reason: 'expected 2 fields, found 3' }]);
      expect(result.rows.map((r) => r.line)).toEqual([4]);
    });

    it('does not count a BOM as a line', () => {
      const result = parseRoster('\uFEFF' + csv(['email,fullName', 'a@x.example', 'b@x.example,Jan Kowalski']));
      expect(result.errors).toEqual([{ line: 2, reason: 'expected 2 fields, found 1' }]);
      expect(result.rows.map((r) => r.line)).toEqual([3]);
    });

    it('counts a quoted delimiter as part of a field, not as a separator', () => {
      const result = parseRoster(csv(['email;fullName', 'a@x.example;"Nowak; Anna"', 'b@x.example;Nowak; Anna']));
      expect(result.rows.map((r) => r.line)).toEqual([2]);
      expect(result.errors).toEqual([{ line: 3, reason: 'expected 2 fields, found 3' }]);
    });

    it('reports a bad row without dropping the good rows after it', () => {
      const result = parseRoster(csv(['email;fullName', 'x;y;z;w', 'a@x.example;Anna Nowak']));
      expect(result.errors.map((e) => e.line)).toEqual([2]);
      expect(result.rows).toHaveLength(1);
    });
  });
});
