export async function scaleRows(): Promise<never[]> { return []; }
