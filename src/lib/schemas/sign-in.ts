import { z } from 'zod';
import { email } from './common';

export const signInSchema = z.object({
	email,
	password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.')
});

export type SignIn = z.infer<typeof signInSchema>;
