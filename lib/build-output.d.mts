export const standalone: boolean
export const distDir: '.next' | '.next-standalone'
