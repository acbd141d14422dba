//! Command-line front: summarise a file or stdin; batch JSONL for evaluation.
fn main() {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).unwrap();
    let a = article_summary::analyze(&text, &Default::default()).unwrap();
    println!("{}", a.summary.text);
}
