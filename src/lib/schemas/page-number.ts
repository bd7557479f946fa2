import { z } from 'zod';

/** A list's page number from the address (`?page=`): anything that is not one is the first page. */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
