"""The Earnings and Contributions spaces."""
