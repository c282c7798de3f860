import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ProblemError } from '../api/problem';
import i18n from '../i18n';
import { RouteError } from './RouteError';

function renderThrowing(error: unknown) {
  const Thrower = () => {
    throw error;
  };
  const router = createMemoryRouter([{ path: '/', element: <Thrower />, errorElement: <RouteError /> }]);
  render(<RouterProvider router={router} />);
}

describe('a page that throws', () => {
  it('shows an apology and a reload button, never a blank page', async () => {
    await i18n.changeLanguage('pl');
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the thrown error; expected here
    renderThrowing(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(screen.getByRole('heading', { name: 'Ta strona się nie wyświetliła' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Odśwież stronę' })).toBeTruthy();
    expect(screen.queryByText(/Cannot read properties/)).toBeNull();
  });

  it('shows an API problem in words', async () => {
    await i18n.changeLanguage('en');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderThrowing(new ProblemError(404, { title: 'Not Found', status: 404 }));
    expect(screen.getByRole('alert').textContent).toContain('Not found — it does not exist');
  });
});
