import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import list from './common-passwords.json';

describe('isCommonPassword', () => {
  it.each(['password1234', 'QWERTYUIOP12', '1qaz2wsx3edc', 'calfwatch-demo'])('refuses %s', (password) => {
    expect(isCommonPassword(password)).toBe(true);
  });

  it('accepts a long password that is on no list', () => {
    expect(isCommonPassword('violet kettle marches north')).toBe(false);
  });

  it("refuses the account's own email address or name", () => {
    const context = { email: 'jane.doe@example.org', name: 'Jane Doe Longname' };
    expect(isCommonPassword('Jane.Doe@Example.org', context)).toBe(true);
    expect(isCommonPassword('jane doe longname', context)).toBe(true);
    expect(isCommonPassword('jane doe longname', {})).toBe(false);
  });

  it('ships a list of a few thousand lower-case entries of at least 12 characters', () => {
    expect(list.length).toBe(5000);
    expect(list.every((entry) => entry.length >= 12 && entry === entry.toLowerCase())).toBe(true);
  });
});
