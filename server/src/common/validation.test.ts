import { describe, expect, it } from 'vitest';
import { labelOfId } from '../graph/model.js';
import { ID_PREFIXES, WRITABLE_LABELS, checkNewId, checkStrength, labelOfIdAmong, propertiesFromInput, slugOf } from './validation.js';

const field = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  return null;
};

describe('input validation', () => {
  it('uses the id prefixes of the graph model', () => {
    for (const label of WRITABLE_LABELS) expect(labelOfId(`${ID_PREFIXES[label]}:x`)).toBe(label);
  });

  it('trims text, clears empty optional text, de-duplicates lists and normalises formats', () => {
    expect(propertiesFromInput('Vendor', { name: ' Acme ', description: '  ', country: 'nl' }, 'create')).toEqual({
      name: 'Acme',
      description: null,
      country: 'NL',
    });
    expect(propertiesFromInput('AISystem', { roles: ['PROVIDER', 'PROVIDER'] }, 'update')).toEqual({ roles: ['PROVIDER'] });
  });

  it('names the field of each refusal', () => {
    expect(field(() => propertiesFromInput('Vendor', { description: 'x' }, 'create'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
    });
    expect(field(() => propertiesFromInput('Vendor', { name: null }, 'update'))).toMatchObject({ field: 'input.name' });
    expect(field(() => propertiesFromInput('Evidence', { collectedOn: '2026-02-30' }, 'update'))).toMatchObject({
      field: 'input.collectedOn',
    });
    expect(field(() => propertiesFromInput('AISystem', { roles: ['PROVIDER', 'OPERATOR'] }, 'update'))).toMatchObject({
      field: 'input.roles.1',
    });
    expect(field(() => propertiesFromInput('AISystem', { riskClass: 'ALL' }, 'update'))).toMatchObject({ field: 'input.riskClass' });
    expect(field(() => propertiesFromInput('Control', { description: 'x'.repeat(10_001) }, 'update'))).toMatchObject({
      field: 'input.description',
    });
    expect(field(() => checkStrength(0))).toMatchObject({ field: 'strength' });
    expect(field(() => checkStrength(7))).toBeNull();
    expect(field(() => labelOfIdAmong('system:x', ['Provision', 'Obligation'], 'targetId'))).toMatchObject({ field: 'targetId' });
    expect(field(() => checkNewId('Model', 'model:ok-1.2_x'))).toBeNull();
    expect(field(() => checkNewId('Model', 'vendor:x'))).toMatchObject({ field: 'input.id' });
  });

  it("words type and required problems as the label's schema does (graph/schemas.ts)", () => {
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    expect(message(() => propertiesFromInput('Vendor', { description: 'x' }, 'create'))).toBe('input.name: is required');
    expect(message(() => propertiesFromInput('Vendor', { name: null }, 'update'))).toBe('input.name: is required');
    expect(message(() => propertiesFromInput('Vendor', { name: '   ' }, 'update'))).toBe('input.name: must be a non-empty string');
    expect(message(() => propertiesFromInput('Evidence', { collectedOn: '2026-02-30' }, 'update'))).toBe(
      'input.collectedOn: must be a date (YYYY-MM-DD)',
    );
    expect(message(() => propertiesFromInput('AISystem', { riskClass: 'ALL' }, 'update'))).toBe(
      'input.riskClass: must be one of PROHIBITED, HIGH_RISK, TRANSPARENCY, MINIMAL',
    );
    expect(message(() => propertiesFromInput('AISystem', { gpaiBased: 'yes' }, 'update'))).toBe('input.gpaiBased: must be true or false');
  });

  it("sets a control's codeKey whenever its code is set", () => {
    expect(propertiesFromInput('Control', { code: ' Gov-07 ', name: 'Review' }, 'create')).toMatchObject({
      code: 'Gov-07',
      codeKey: 'gov-07',
    });
    expect(propertiesFromInput('Control', { name: 'Review' }, 'update')).not.toHaveProperty('codeKey');
  });

  it('makes readable slugs', () => {
    expect(slugOf('Inês Duarte')).toBe('ines-duarte');
    expect(slugOf('  Lumen Score v4 (EU) ')).toBe('lumen-score-v4-eu');
    expect(slugOf('!!!')).toBe('unnamed');
    expect(slugOf('a'.repeat(80))).toHaveLength(60);
  });
});
