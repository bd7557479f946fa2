-- The embedded stack's stand-in for autovacuum's auto-analyze: only the service role (the stack
-- itself) may run it; API users cannot. Its effect on plans is measured in bench/seizure-intake.ts.
begin;
set local search_path = public, extensions;
select plan(4);

select has_function('stack_internal', 'auto_analyze', '{}'::text[], 'the stack''s auto-analyze exists');

select tests.authenticate_as('admin');
select throws_ok($$select stack_internal.auto_analyze()$$, '42501', null, 'an admin cannot run it');
select tests.authenticate_as('anon');
select throws_ok($$select stack_internal.auto_analyze()$$, '42501', null, 'anon cannot run it');

reset role;
set local role service_role;
select lives_ok($$select stack_internal.auto_analyze()$$, 'the service role (the stack) runs it');

select * from finish();
rollback;
