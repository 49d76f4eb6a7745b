import { describe, expect, test } from 'vitest';
import { passwordProblem } from './password-strength.ts';

const person = { name: 'Anișoara Mureșan', email: 'anisoara.muresan@primariaclujnapoca.ro' };

describe('a new password is checked against common and breached passwords', () => {
  test.each([
    'password1234',
    'qwertyuiop12',
    'aaaaaaaaaaaaaaaa',
    'p@ssw0rd12345',
    'Primăria2026!!',
    'Cluj-Napoca2026',
    'summer2026summer',
    '123456789012',
  ])('%s is refused', (password) => {
    expect(passwordProblem(password, person)).toBe('accounts.password.too_guessable');
  });

  test.each([
    'o frază destul de lungă',
    'cal verde pe deal 42',
    'tn5Kq9-vLx2a',
    'parola-corectă-2026',
  ])('%s is accepted', (password) => {
    expect(passwordProblem(password, person)).toBeNull();
  });

  test('the person’s own name and address count against it', () => {
    expect(passwordProblem('muresan anisoara', { name: 'x', email: 'y@z.ro' })).toBeNull();
    expect(passwordProblem('muresan anisoara', person)).toBe('accounts.password.too_guessable');
  });
});
