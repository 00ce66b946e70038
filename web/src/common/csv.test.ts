import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportFileName, neutralizeFormula, toCsv } from './csv.js';

interface Row {
  id: string;
  text: string;
  strength: number | null;
}

const columns = [
  { header: 'Id', value: (row: Row) => row.id },
  { header: 'Text', value: (row: Row) => row.text },
  { header: 'Strength', value: (row: Row) => row.strength },
];

describe('CSV export', () => {
  it('writes a header and one line per row, and parses back to the same cells', () => {
    const rows: Row[] = [
      { id: 'eu-ai-act:art-9', text: 'Risk management, "continuous"\nand iterative', strength: 7 },
      { id: 'control:gov-01', text: 'مراقبة · 🛡️ zero\u200bwidth', strength: null },
    ];
    const csv = toCsv(columns, rows);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['Id', 'Text', 'Strength'],
      ['eu-ai-act:art-9', 'Risk management, "continuous"\nand iterative', '7'],
      ['control:gov-01', 'مراقبة · 🛡️ zero\u200bwidth', ''],
    ]);
    expect(csv.split('\r\n')[0]).toBe('Id,Text,Strength');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralizeFormula('+1+1')).toBe("'+1+1");
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralizeFormula('-5')).toBe('-5');
    expect(neutralizeFormula('Art. 9')).toBe('Art. 9');
    const csv = toCsv(columns, [{ id: '=1+2', text: 'ok', strength: -3 }]);
    expect(Papa.parse<string[]>(csv).data[1]).toEqual(["'=1+2", 'ok', '-3']);
  });

  it('gives only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('Id,Text,Strength');
  });

  it('names files after the subject and the day', () => {
    expect(exportFileName('Impact of Vendor: Nimbus AI!', 'csv', '2026-11-29')).toBe('crosswalk-impact-of-vendor-nimbus-ai-2026-11-29.csv');
    expect(exportFileName('///', 'png', '2026-11-29')).toBe('crosswalk-export-2026-11-29.png');
  });
});
