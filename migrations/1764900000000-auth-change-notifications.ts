import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change that ends a session or changes what its actor may do — a session
 * revoked, expired early or deleted; a user's role, institution, unit or activity
 * changed, or the user deleted — notifies `mosty_auth_changed` ('s:<session id>' or
 * 'u:<user id>'), whichever code or SQL made it. The API processes keep signed-in
 * actors in memory (SessionActorCache) and forget them on these notifications.
 */
export class AuthChangeNotifications1764900000000 implements MigrationInterface {
  name = 'AuthChangeNotifications1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION notify_auth_session_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('mosty_auth_changed', 's:' || OLD.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER auth_session_changed AFTER UPDATE OF revoked_at, expires_at, user_id ON auth_session
        FOR EACH ROW WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at OR OLD.user_id IS DISTINCT FROM NEW.user_id)
        EXECUTE FUNCTION notify_auth_session_changed()`);
    await q.query(`CREATE TRIGGER auth_session_deleted AFTER DELETE ON auth_session FOR EACH ROW EXECUTE FUNCTION notify_auth_session_changed()`);
    await q.query(`
      CREATE FUNCTION notify_user_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('mosty_auth_changed', 'u:' || OLD.id);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER user_access_changed AFTER UPDATE OF role, institution_id, unit_id, active ON "user"
        FOR EACH ROW WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.institution_id IS DISTINCT FROM NEW.institution_id
                           OR OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.active IS DISTINCT FROM NEW.active)
        EXECUTE FUNCTION notify_user_access_changed()`);
    await q.query(`CREATE TRIGGER user_deleted AFTER DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION notify_user_access_changed()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER user_deleted ON "user"`);
    await q.query(`DROP TRIGGER user_access_changed ON "user"`);
    await q.query(`DROP FUNCTION notify_user_access_changed()`);
    await q.query(`DROP TRIGGER auth_session_deleted ON auth_session`);
    await q.query(`DROP TRIGGER auth_session_changed ON auth_session`);
    await q.query(`DROP FUNCTION notify_auth_session_changed()`);
  }
}
