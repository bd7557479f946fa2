-- Without signing in nothing of places, moves or quarantines can be read or done.
begin;
set local search_path = public, extensions;
select plan(4);

select tests.authenticate_as('anon');

select throws_ok($$select count(*) from public.enclosures$$, '42501', null, 'places are not readable');
select throws_ok($$select count(*) from public.enclosure_moves$$, '42501', null, 'nor moves');
select throws_ok($$select count(*) from public.quarantines$$, '42501', null, 'nor quarantines');
select throws_ok(
  $$select public.move_to_enclosure(null, null, '00000000-0000-4000-8000-00000000e212')$$,
  '42501', null, 'and nothing can be moved'
);

select * from finish();
rollback;
