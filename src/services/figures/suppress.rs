//! Small-number suppression: pure, no database. Every figure from 1 to `threshold - 1` is hidden
//! (primary suppression; zero stays 0), and where a shown total would let a reader work a hidden
//! figure out, a second figure is hidden too (complementary suppression).
//!
//! A table is its cells plus, optionally, a total for each row and one for each column (and
//! then the grand total). Each row with its row total, and each column with its column total,
//! is one sum: its entries add up to its total. A sum with exactly one hidden entry gives that
//! entry away (the total minus the others), so after primary suppression every sum is brought
//! to zero or at least two hidden entries, by hiding the smallest non-zero entry still shown in
//! it (a cell before the total on a tie), until nothing changes.

use serde::Serialize;

/// The lowest threshold the network allows (the configuration refuses less).
pub const MIN_THRESHOLD: i64 = 5;

/// A figure as it may be shown: the count, or hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Shown {
    Count(i64),
    Hidden,
}

impl Shown {
    pub fn count(self) -> Option<i64> {
        match self {
            Shown::Count(n) => Some(n),
            Shown::Hidden => None,
        }
    }
}

/// A table after suppression. `row_totals` / `col_totals` are empty when the table has none;
/// `grand` (the sum of all cells) is there when it has both.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Suppressed {
    pub cells: Vec<Vec<Shown>>,
    pub row_totals: Vec<Shown>,
    pub col_totals: Vec<Shown>,
    pub grand: Option<Shown>,
}

/// Which totals a table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Totals {
    pub rows: bool,
    pub cols: bool,
}

/// Shows `cells` (rows of equal length, counts >= 0) with their totals, suppressed at
/// `threshold` (never below [`MIN_THRESHOLD`]).
pub fn suppress(cells: &[Vec<i64>], totals: Totals, threshold: i64) -> Suppressed {
    table(cells, totals, Some(threshold.max(MIN_THRESHOLD)), &[])
}

/// [`suppress`], with the entries `linked` hidden from the start: figures that another table
/// shows as well and hides (row `cells.len()` is the column totals' row). A figure that two
/// tables show must be hidden in both or neither, or one table gives away what the other hides.
pub fn suppress_linked(cells: &[Vec<i64>], totals: Totals, threshold: i64, linked: &[(usize, usize)]) -> Suppressed {
    table(cells, totals, Some(threshold.max(MIN_THRESHOLD)), linked)
}

/// `cells` with their totals, nothing hidden: an organization's own figures, for itself.
pub fn exact(cells: &[Vec<i64>], totals: Totals) -> Suppressed {
    table(cells, totals, None, &[])
}

fn table(cells: &[Vec<i64>], totals: Totals, threshold: Option<i64>, linked: &[(usize, usize)]) -> Suppressed {
    let threshold = threshold.unwrap_or(1);
    let rows = cells.len();
    let cols = cells.first().map_or(0, Vec::len);
    // The augmented table: cells, then a total column, then a total row (grand total corner).
    let (r_all, c_all) = (rows + usize::from(totals.cols), cols + usize::from(totals.rows));
    let mut value = vec![vec![0i64; c_all]; r_all];
    for (i, row) in cells.iter().enumerate() {
        for (j, v) in row.iter().enumerate().take(cols) {
            let v = (*v).max(0);
            value[i][j] = v;
            if totals.rows {
                value[i][cols] += v;
            }
            if totals.cols {
                value[rows][j] += v;
            }
            if totals.rows && totals.cols {
                value[rows][cols] += v;
            }
        }
    }
    let mut hidden: Vec<Vec<bool>> = value
        .iter()
        .map(|r| r.iter().map(|v| *v > 0 && *v < threshold).collect())
        .collect();
    for &(i, j) in linked {
        if let Some(cell) = hidden.get_mut(i).and_then(|r| r.get_mut(j)) {
            *cell = true;
        }
    }
    // The sums: each row (with its total) when rows have totals, each column likewise; the
    // total row and the total column are sums too (of the totals, into the grand total).
    let mut lines: Vec<Vec<(usize, usize)>> = vec![];
    if totals.rows {
        for i in 0..r_all {
            lines.push((0..c_all).map(|j| (i, j)).collect());
        }
    }
    if totals.cols {
        for j in 0..c_all {
            lines.push((0..r_all).map(|i| (i, j)).collect());
        }
    }
    loop {
        let mut changed = false;
        for line in &lines {
            if line.iter().filter(|&&(i, j)| hidden[i][j]).count() != 1 {
                continue;
            }
            // The smallest non-zero entry still shown; cells come before the total on a tie.
            let pick = line
                .iter()
                .enumerate()
                .filter(|(_, (i, j))| !hidden[*i][*j] && value[*i][*j] > 0)
                .min_by_key(|(k, (i, j))| (value[*i][*j], *k))
                .map(|(_, p)| *p);
            if let Some((i, j)) = pick {
                hidden[i][j] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let show = |i: usize, j: usize| {
        if hidden[i][j] {
            Shown::Hidden
        } else {
            Shown::Count(value[i][j])
        }
    };
    Suppressed {
        cells: (0..rows).map(|i| (0..cols).map(|j| show(i, j)).collect()).collect(),
        row_totals: if totals.rows {
            (0..rows).map(|i| show(i, cols)).collect()
        } else {
            vec![]
        },
        col_totals: if totals.cols {
            (0..cols).map(|j| show(rows, j)).collect()
        } else {
            vec![]
        },
        grand: match (totals.rows, totals.cols) {
            (true, true) => Some(show(rows, cols)),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Shown::{Count as C, Hidden as H};

    const BOTH: Totals = Totals { rows: true, cols: true };

    /// Every sum of a suppressed table: its entries and its total, as shown.
    fn sums(s: &Suppressed, totals: Totals) -> Vec<Vec<Shown>> {
        let mut out = vec![];
        if totals.rows {
            for (i, row) in s.cells.iter().enumerate() {
                let mut l = row.clone();
                l.push(s.row_totals[i]);
                out.push(l);
            }
            if totals.cols {
                let mut l = s.col_totals.clone();
                l.push(s.grand.unwrap());
                out.push(l);
            }
        }
        if totals.cols {
            for (j, total) in s.col_totals.iter().enumerate() {
                let mut l: Vec<Shown> = s.cells.iter().map(|r| r[j]).collect();
                l.push(*total);
                out.push(l);
            }
            if totals.rows {
                let mut l = s.row_totals.clone();
                l.push(s.grand.unwrap());
                out.push(l);
            }
        }
        out
    }

    /// No shown total gives a hidden figure away: no sum has exactly one hidden entry.
    fn nothing_can_be_worked_out(s: &Suppressed, totals: Totals) {
        for line in sums(s, totals) {
            let hidden = line.iter().filter(|c| **c == H).count();
            assert_ne!(hidden, 1, "one hidden entry in {line:?} of {s:?}");
        }
    }

    #[test]
    fn one_to_four_are_hidden_and_zero_stays_zero() {
        let s = suppress(
            &[vec![0, 3, 5, 4, 1, 120]],
            Totals {
                rows: false,
                cols: false,
            },
            5,
        );
        assert_eq!(s.cells, vec![vec![C(0), H, C(5), H, H, C(120)]]);
        assert!(s.row_totals.is_empty() && s.grand.is_none());
    }

    #[test]
    fn a_row_total_cannot_reveal_a_single_hidden_cell() {
        // 3 + 10 + 20 = 33: with only the 3 hidden, 33 - 10 - 20 gives it away.
        let s = suppress(
            &[vec![3, 10, 20]],
            Totals {
                rows: true,
                cols: false,
            },
            5,
        );
        assert_eq!(s.cells, vec![vec![H, H, C(20)]], "the next smallest, 10, is hidden too");
        assert_eq!(s.row_totals, vec![C(33)]);
        nothing_can_be_worked_out(
            &s,
            Totals {
                rows: true,
                cols: false,
            },
        );
    }

    #[test]
    fn a_column_total_cannot_reveal_a_single_hidden_cell() {
        let s = suppress(
            &[vec![7], vec![2], vec![9]],
            Totals {
                rows: false,
                cols: true,
            },
            5,
        );
        assert_eq!(
            s.cells,
            vec![vec![H], vec![H], vec![C(9)]],
            "the 7 is hidden with the 2"
        );
        assert_eq!(s.col_totals, vec![C(18)]);
        nothing_can_be_worked_out(
            &s,
            Totals {
                rows: false,
                cols: true,
            },
        );
    }

    #[test]
    fn a_small_total_is_hidden_with_its_cells() {
        let s = suppress(&[vec![3, 0, 0], vec![8, 9, 6]], BOTH, 5);
        assert_eq!(s.row_totals[0], H, "a total of 3 is a small number too");
        nothing_can_be_worked_out(&s, BOTH);
    }

    #[test]
    fn both_ways_in_a_flow_matrix() {
        let cells = vec![
            vec![0, 12, 3, 0, 7, 0],
            vec![6, 0, 0, 2, 0, 15],
            vec![0, 9, 0, 11, 0, 0],
            vec![1, 0, 8, 0, 0, 30],
            vec![0, 0, 0, 0, 0, 0],
            vec![25, 4, 0, 0, 6, 0],
        ];
        let s = suppress(&cells, BOTH, 5);
        for (i, row) in cells.iter().enumerate() {
            for (j, v) in row.iter().enumerate() {
                match s.cells[i][j] {
                    C(shown) => assert!(shown == *v && (shown == 0 || shown >= 5), "{i},{j}"),
                    H => assert!(*v > 0, "zero stays 0"),
                }
            }
        }
        nothing_can_be_worked_out(&s, BOTH);
        assert_eq!(s.cells[4], vec![C(0); 6]);
    }

    #[test]
    fn random_tables_never_give_a_figure_away() {
        // A small deterministic generator: many shapes, many small numbers.
        let mut seed = 42u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as i64
        };
        for _ in 0..500 {
            let (rows, cols) = (1 + next() as usize % 6, 1 + next() as usize % 7);
            let cells: Vec<Vec<i64>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| [0, 0, 1, 2, 3, 4, 5, 7, 12, 40][next() as usize % 10])
                        .collect()
                })
                .collect();
            for totals in [
                BOTH,
                Totals {
                    rows: true,
                    cols: false,
                },
                Totals {
                    rows: false,
                    cols: true,
                },
            ] {
                let s = suppress(&cells, totals, 5);
                nothing_can_be_worked_out(&s, totals);
                for (i, row) in cells.iter().enumerate() {
                    for (j, v) in row.iter().enumerate() {
                        if (1..5).contains(v) {
                            assert_eq!(s.cells[i][j], H);
                        }
                        if *v == 0 {
                            assert_eq!(s.cells[i][j], C(0));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_threshold_below_five_is_raised_to_five() {
        let s = suppress(
            &[vec![4]],
            Totals {
                rows: false,
                cols: false,
            },
            2,
        );
        assert_eq!(s.cells, vec![vec![H]]);
        let s = suppress(
            &[vec![7]],
            Totals {
                rows: false,
                cols: false,
            },
            10,
        );
        assert_eq!(s.cells, vec![vec![H]]);
    }
}
