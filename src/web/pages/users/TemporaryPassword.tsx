/** A temporary password, shown once: the administrator hands it over; the person replaces it at first sign-in. */
export function TemporaryPassword({ name, password }: { name: string; password: string }) {
  return (
    <div role="status" className="notice notice-ok temporary-password">
      <p>
        Give this temporary password to <strong>{name}</strong>. It is shown only now; they choose their own when they first sign in.
      </p>
      <p>
        Temporary password: <code>{password}</code>
      </p>
    </div>
  );
}
